/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (e2e, benchmarks) use their own output folder without clobbering `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: '12mb' },
  },
};

module.exports = nextConfig;
