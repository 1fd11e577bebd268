import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, users } from '@/db/schema';

export type AuditEntity = 'article' | 'comment' | 'user' | 'session' | 'category' | 'tag' | 'delivery' | 'banner';

export function recordAudit(userId: number | null, action: string, entity: AuditEntity, entityId: number | null, detail = ''): void {
  db.insert(auditLog)
    .values({ userId, action, entity, entityId, detail: detail.slice(0, 500) })
    .run();
}

export function listAudit(limit = 100) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      detail: auditLog.detail,
      userName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit)
    .all();
}
