import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import './globals.css';
import { inter } from '@/app/ui/shell/fonts';
import { SiteHeader } from '@/app/ui/shell/site-header';

export const metadata: Metadata = {
  title: { default: 'Sitrep', template: '%s · Sitrep' },
  description: 'Figures from humanitarian situation reports, confirmed by people, with their sources.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, so that Next.js can put this request's CSP nonce (proxy.ts) on its scripts.
  await connection();
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
