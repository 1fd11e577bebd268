import { GLOBAL_ERROR_TEXT_FILE, writeGlobalErrorText } from '@/i18n/global-error-text';

writeGlobalErrorText();
console.log(`Wrote ${GLOBAL_ERROR_TEXT_FILE} from messages/kk.json and messages/ru.json`);
