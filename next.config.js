/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The driver must never be bundled for the browser; on the server it stays a plain require.
  serverExternalPackages: ["neo4j-driver"],
};

export default nextConfig;
