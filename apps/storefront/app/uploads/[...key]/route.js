// Product images live in the uploads bucket (Medusa's S3 file module writes them there);
// the browser reads them here, so their URLs (/uploads/…) hold on any host and port.
// UPLOADS_URL is the bucket's address as the server reaches it
// (http://localstack:4566/ysh-uploads in the stack).
export const dynamic = "force-dynamic"

export async function GET(_request, { params }) {
  const { key } = await params
  if (key.some((part) => part === ".." || part === "")) {
    return new Response("bad key\n", { status: 400 })
  }
  const base = process.env.UPLOADS_URL || "http://localhost:4566/ysh-uploads"
  const upstream = await fetch(`${base}/${key.map(encodeURIComponent).join("/")}`, { cache: "no-store" }).catch(() => null)
  if (!upstream) return new Response("the uploads bucket does not answer\n", { status: 502 })
  if (!upstream.ok) return new Response(`not found: ${key.join("/")}\n`, { status: upstream.status === 403 ? 404 : upstream.status })
  return new Response(upstream.body, {
    headers: {
      "content-type": upstream.headers.get("content-type") || "application/octet-stream",
      "cache-control": "public, max-age=60",
    },
  })
}
