import type { Metadata, Viewport } from 'next';
import './globals.css';
import { inter } from '@/app/ui/shell/fonts';
import { SiteHeader } from '@/app/ui/shell/site-header';

export const metadata: Metadata = {
  title: { default: 'Sitrep', template: '%s · Sitrep' },
  description: 'Figures from humanitarian situation reports, confirmed by people, with their sources.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
