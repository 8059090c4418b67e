// The YSH B2B backend's Medusa configuration. Every address comes from the
// environment (set by the stack file, or by boot.js from Secrets Manager), so
// the same build runs under berth, under compose and on AWS.
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
const awsEndpoint = process.env.AWS_ENDPOINT_URL

// Modules that have a Redis implementation use it when REDIS_URL is set; without
// it Medusa's in-memory defaults apply (a laptop run with Postgres alone).
const redisModules = redisUrl
  ? [
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

// Product images go to the uploads bucket; FILE_URL is where a browser reads them back.
const fileModule = process.env.UPLOADS_BUCKET
  ? [
      {
        resolve: "@medusajs/medusa/file",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/file-s3",
              id: "s3",
              options: {
                file_url: process.env.FILE_URL || `${awsEndpoint}/${process.env.UPLOADS_BUCKET}`,
                access_key_id: process.env.AWS_ACCESS_KEY_ID,
                secret_access_key: process.env.AWS_SECRET_ACCESS_KEY,
                region: process.env.AWS_REGION || "us-east-1",
                bucket: process.env.UPLOADS_BUCKET,
                endpoint: awsEndpoint,
                prefix: "products/",
                additional_client_config: { forcePathStyle: true },
              },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000,http://127.0.0.1:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "ysh-b2b-dev-jwt",
      cookieSecret: process.env.COOKIE_SECRET || "ysh-b2b-dev-cookie",
    },
  },
  // The admin dashboard is a separate Vite build; the sandbox uses the Admin API.
  admin: { disable: process.env.MEDUSA_ADMIN !== "1" },
  modules: [...redisModules, ...fileModule],
})
