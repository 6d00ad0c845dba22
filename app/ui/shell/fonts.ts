import localFont from 'next/font/local';

// Self-hosted (Inter, OFL): Google Fonts cannot be reached from field offices or from here.
export const inter = localFont({ src: './inter-latin-wght-normal.woff2', display: 'swap', variable: '--font-inter' });
