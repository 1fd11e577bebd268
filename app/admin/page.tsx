import { redirect } from 'next/navigation';
import { requireUser } from '@/app/admin/_auth/guard';

export default async function AdminHome() {
  await requireUser('/admin');
  redirect('/admin/articles');
}
