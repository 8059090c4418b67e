// Medusa's Store API, read on the server at request time. The backend's address is
// the environment's (MEDUSA_BACKEND_URL, http://backend:9000 in the stack); the
// publishable key is built in (NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY), as the plan's
// storefront has it, and may be overridden at run time.
const backend = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const publishableKey = () =>
  process.env.MEDUSA_PUBLISHABLE_KEY || process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || ""

export class BackendError extends Error {}

async function store(path) {
  const url = `${backend()}/store${path}`
  let response
  try {
    response = await fetch(url, { headers: { "x-publishable-api-key": publishableKey() }, cache: "no-store" })
  } catch (e) {
    throw new BackendError(`the backend at ${backend()} does not answer (${e.cause?.code || e.message})`)
  }
  if (!response.ok) {
    const said = await response.json().then((b) => b.message).catch(() => "")
    throw new BackendError(`the backend answered ${response.status} to ${path}${said ? `: ${said}` : ""}`)
  }
  return response.json()
}

const FIELDS = "id,title,handle,description,thumbnail,*images,*variants,*variants.prices"

export async function listProducts() {
  const { products } = await store(`/products?limit=100&order=title&fields=${encodeURIComponent(FIELDS)}`)
  return products
}

export async function productByHandle(handle) {
  const { products } = await store(`/products?handle=${encodeURIComponent(handle)}&fields=${encodeURIComponent(FIELDS)}`)
  return products[0] || null
}

export function price(product) {
  const amount = product.variants?.[0]?.prices?.find((p) => p.currency_code === "brl")?.amount
  if (amount === undefined) return ""
  return new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" }).format(amount)
}
