export const metadata = { title: "YSH B2B — Energia solar para integradores" }

const style = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f4; color: #1d2a1f; }
  header { background: #1d4d2b; color: white; padding: 1rem 2rem; }
  header a { color: white; text-decoration: none; font-weight: 600; }
  main { padding: 2rem; max-width: 72rem; margin: auto; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1.25rem; list-style: none; padding: 0; }
  .card { background: white; border-radius: .5rem; padding: 1rem; box-shadow: 0 1px 3px #0002; }
  .card img, .product img { width: 100%; aspect-ratio: 1; object-fit: contain; background: #eef1ea; image-rendering: pixelated; }
  .card a { color: inherit; text-decoration: none; }
  .price { font-weight: 700; color: #1d4d2b; }
  .product { display: grid; grid-template-columns: 20rem 1fr; gap: 2rem; }
`

export default function RootLayout({ children }) {
  return (
    <html lang="pt-BR">
      <body>
        <style>{style}</style>
        <header>
          <a href="/">YSH B2B</a> · energia solar para integradores
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
