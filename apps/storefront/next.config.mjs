// Standalone output: the runtime image holds the server and the modules it uses, not
// the whole of node_modules.
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default nextConfig
