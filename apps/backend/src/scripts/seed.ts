// The catalog a new user sees: one region (Brazil, BRL), the B2B sales channel,
// a publishable key with a fixed token (the storefront's), a stock location and a
// dozen solar products whose images are in the uploads bucket. Idempotent: what
// exists (by name, handle or token) is left as it is.
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"

// The storefront is built with this token (NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY); it is
// a development fixture, not a secret: it only reads the public catalog.
const PUBLISHABLE_TOKEN = "pk_ysh_b2b_dev_storefront_0000000000000000000000000000000000000000"

type Item = { handle: string; title: string; sku: string; price: number; image: string; description: string }

const CATALOG: Item[] = [
  ["painel-solar-jinko-550w", "Painel Solar Jinko Tiger Neo 550 W", "YSH-PAN-00001", 98990, "solar-panel-550w.png", "Monocristalino N-type, 144 células, eficiência de 22,3 %."],
  ["painel-solar-longi-450w", "Painel Solar Longi Hi-MO 450 W", "YSH-PAN-00002", 84990, "solar-panel-550w.png", "Monocristalino PERC, ideal para telhados residenciais."],
  ["painel-solar-ja-600w", "Painel Solar JA Solar DeepBlue 600 W", "YSH-PAN-00003", 112990, "solar-panel-550w.png", "Bifacial, para usinas de solo e carports."],
  ["inversor-hibrido-deye-5kw", "Inversor Híbrido Deye 5 kW", "YSH-INV-00004", 789000, "inverter-hybrid-5kw.png", "Monofásico 220 V, duas entradas MPPT, pronto para bateria."],
  ["inversor-growatt-10kw", "Inversor Growatt MIN 10 kW", "YSH-INV-00005", 689000, "inverter-hybrid-5kw.png", "On-grid, monitoramento Wi-Fi incluso."],
  ["inversor-sungrow-75kw", "Inversor Sungrow 75 kW", "YSH-INV-00006", 2899000, "inverter-hybrid-5kw.png", "Trifásico 380 V para usinas comerciais."],
  ["bateria-byd-10kwh", "Bateria BYD Battery-Box 10 kWh", "YSH-BAT-00007", 4133700, "battery-lifepo4-10kwh.png", "LiFePO4 modular, 6.000 ciclos."],
  ["bateria-pylontech-5kwh", "Bateria Pylontech US5000 4,8 kWh", "YSH-BAT-00008", 1899000, "battery-lifepo4-10kwh.png", "LiFePO4 48 V para rack de 19 polegadas."],
  ["bateria-huawei-15kwh", "Bateria Huawei LUNA2000 15 kWh", "YSH-BAT-00009", 5499000, "battery-lifepo4-10kwh.png", "Três módulos de 5 kWh com otimizador por módulo."],
  ["estrutura-telhado-12", "Estrutura de Fixação para Telhado (12 módulos)", "YSH-STR-00010", 130499, "solar-panel-550w.png", "Alumínio anodizado, trilhos e ganchos para telha cerâmica."],
  ["cabo-solar-6mm", "Cabo Solar 6 mm² (rolo 100 m)", "YSH-CAB-00011", 89900, "inverter-hybrid-5kw.png", "Duplo isolamento, resistente a UV, 1,8 kV CC."],
  ["string-box-2e2s", "String Box 2 Entradas / 2 Saídas", "YSH-SBX-00012", 79900, "inverter-hybrid-5kw.png", "Proteção CC com DPS e fusíveis para dois strings."],
].map(([handle, title, sku, price, image, description]) => ({ handle, title, sku, price, image, description }) as Item)

export default async function seedCatalog({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const storeService = container.resolve(Modules.STORE)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const regions = container.resolve(Modules.REGION)
  const apiKeys = container.resolve(Modules.API_KEY)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  let [channel] = await salesChannels.listSalesChannels({ name: "YSH B2B" })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "YSH B2B", description: "Integradores e revendas" }] },
    })
    channel = result[0]
  }

  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "YSH B2B",
        supported_currencies: [{ currency_code: "brl", is_default: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })

  let [region] = await regions.listRegions({ name: "Brasil" })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: [{ name: "Brasil", currency_code: "brl", countries: ["br"], payment_providers: ["pp_system_default"] }] },
    })
    region = result[0]
  }

  let [location] = await stockLocations.listStockLocations({ name: "CD São Paulo" })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: "CD São Paulo", address: { city: "São Paulo", country_code: "BR", address_1: "" } }] },
    })
    location = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  }

  const [existingKey] = await apiKeys.listApiKeys({ token: PUBLISHABLE_TOKEN })
  if (!existingKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "Storefront", type: "publishable", created_by: "seed" }] },
    })
    // The key module draws a random token; the storefront is built with a fixed one.
    const { data } = await query.graph({ entity: "api_key", fields: ["id"], filters: { id: result[0].id } })
    const manager = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await manager("api_key").where({ id: data[0].id }).update({ token: PUBLISHABLE_TOKEN, redacted: "pk_ysh***000" })
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [channel.id] } })
  }

  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    ;[profile] = await fulfillment.createShippingProfiles([{ name: "Padrão", type: "default" }])
  }

  const { data: present } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: CATALOG.map((i) => i.handle) } })
  const have = new Set(present.map((p) => p.handle))
  const missing = CATALOG.filter((i) => !have.has(i.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((item) => ({
          title: item.title,
          handle: item.handle,
          description: item.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          // Served by the storefront from the uploads bucket (see next.config.mjs).
          thumbnail: `/uploads/products/${item.image}`,
          images: [{ url: `/uploads/products/${item.image}` }],
          options: [{ title: "Modelo", values: ["Padrão"] }],
          variants: [
            {
              title: "Padrão",
              sku: item.sku,
              options: { Modelo: "Padrão" },
              manage_inventory: false,
              prices: [{ amount: item.price / 100, currency_code: "brl" }],
            },
          ],
          sales_channels: [{ id: channel.id }],
        })),
      },
    })
  }
  logger.info(`catalog: ${CATALOG.length - missing.length} products were there, ${missing.length} created`)
}
