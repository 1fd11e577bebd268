/** A refusal or a failed check the operator can act on: the scripts print its message, no stack. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
