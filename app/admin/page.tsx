import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/guard';

export default async function AdminHome() {
  await requireUser('/admin');
  redirect('/admin/articles');
}
