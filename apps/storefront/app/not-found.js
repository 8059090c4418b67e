export default function NotFound() {
  return <h1>Produto não encontrado</h1>
}
