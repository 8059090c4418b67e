import { notFound } from "next/navigation"
import { price, productByHandle } from "../../../lib/medusa"

export const dynamic = "force-dynamic"

export default async function Product({ params }) {
  const { handle } = await params
  const product = await productByHandle(handle)
  if (!product) notFound()
  return (
    <article className="product">
      <img src={product.thumbnail} alt={product.title} />
      <div>
        <h1>{product.title}</h1>
        <p className="price">{price(product)}</p>
        <p>{product.description}</p>
        <p>SKU {product.variants?.[0]?.sku}</p>
      </div>
    </article>
  )
}
