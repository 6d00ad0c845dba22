import Link from 'next/link';
import styles from './site-header.module.css';
import { UserMenu } from '@/app/ui/shell/user-menu';

const LINKS = [
  { href: '/', label: 'Dashboard' },
  { href: '/reports', label: 'Reports' },
  { href: '/reports/new', label: 'Add report' },
  { href: '/facts/new', label: 'Enter figures' },
  { href: '/organizations', label: 'Organizations' },
];

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          Sitrep
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul>
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
      </div>
    </header>
  );
}
