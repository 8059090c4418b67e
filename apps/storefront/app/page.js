import { listProducts, price } from "../lib/medusa"

// Read from the backend on every request: the catalog is the sandbox's, which
// `berth reset` and the tests change under the page.
export const dynamic = "force-dynamic"

export default async function Catalog() {
  const products = await listProducts()
  return (
    <>
      <h1>Catálogo</h1>
      <p>{products.length} produtos</p>
      <ul className="grid">
        {products.map((product) => (
          <li key={product.id} className="card">
            <a href={`/products/${product.handle}`}>
              <img src={product.thumbnail} alt={product.title} />
              <h2>{product.title}</h2>
              <p className="price">{price(product)}</p>
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
