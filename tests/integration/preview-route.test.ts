import { beforeEach, describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => ({ user: null as null | { id: number; role: 'admin' | 'editor' | 'author' } }));
vi.mock('@/app/admin/_auth/session', () => ({ currentUser: async () => session.user }));

const { POST } = await import('@/app/admin/articles/preview/route');
const preview = (body: string) => POST(new Request('http://qamshy.test/admin/articles/preview', { method: 'POST', body }));

describe('markdown preview route', () => {
  beforeEach(() => {
    session.user = null;
  });

  it('answers only a signed-in user', async () => {
    expect((await preview('**x**')).status).toBe(401);
  });

  it('renders and sanitizes exactly as a save does', async () => {
    session.user = { id: 1, role: 'author' };
    const response = await preview('Бұл **қалың**.\r\n\r\n<script>alert(1)</script>\r\n\r\n<a href="javascript:alert(1)">x</a>');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { html } = (await response.json()) as { html: string };
    expect(html).toContain('<p>Бұл <strong>қалың</strong>.</p>');
    expect(html).not.toMatch(/script|javascript:/);
  });

  it('shows nothing for an empty body and refuses one longer than a save accepts', async () => {
    session.user = { id: 1, role: 'editor' };
    expect(await (await preview('  \n ')).json()).toEqual({ html: '' });
    expect((await preview('a'.repeat(200_001))).status).toBe(413);
  });
});
