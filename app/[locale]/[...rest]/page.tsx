import { notFound } from 'next/navigation';

// Any unknown path inside an edition renders that edition's localized 404.
export default function CatchAll() {
  notFound();
}
