"use client"

// What a visitor sees when the backend cannot be read; the server log has the cause.
export default function Failure({ error }) {
  return (
    <>
      <h1>Catálogo indisponível</h1>
      <p>The storefront could not read the catalog from the backend: {error.message}</p>
    </>
  )
}
