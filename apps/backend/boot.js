// Starts a Medusa command with the database URL the platform plan gives it: the
// environment's DATABASE_URL, else the Secrets Manager secret DATABASE_SECRET_ID
// (read from AWS_ENDPOINT_URL when set, so the emulator serves it locally).
//
//   node boot.js migrate | start | develop | seed | user EMAIL PASSWORD
const { spawn } = require("node:child_process")

const COMMANDS = {
  migrate: ["db:migrate", "--skip-links=false"],
  start: ["start"],
  develop: ["develop"],
  seed: ["exec", "./src/scripts/seed.js"],
}

async function databaseUrl() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL
  const secretId = process.env.DATABASE_SECRET_ID
  if (!secretId) {
    throw new Error("set DATABASE_URL, or DATABASE_SECRET_ID naming the Secrets Manager secret that holds it")
  }
  const { SecretsManagerClient, GetSecretValueCommand } = require("@aws-sdk/client-secrets-manager")
  const client = new SecretsManagerClient({ endpoint: process.env.AWS_ENDPOINT_URL || undefined })
  try {
    const secret = await client.send(new GetSecretValueCommand({ SecretId: secretId }))
    return secret.SecretString.trim()
  } catch (e) {
    // The secret's value never appears here, only its name and the endpoint.
    throw new Error(
      `cannot read the secret '${secretId}' from ${process.env.AWS_ENDPOINT_URL || "AWS"}: ${e.name}: ${e.message}`
    )
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2)
  const args = command === "user" ? ["user", "-e", rest[0], "-p", rest[1]] : COMMANDS[command]
  if (!args) {
    console.error(`boot.js: unknown command '${command}'; use one of: ${[...Object.keys(COMMANDS), "user"].join(", ")}`)
    process.exit(2)
  }
  const env = { ...process.env, DATABASE_URL: await databaseUrl() }
  const cli = require.resolve("@medusajs/cli/cli.js")
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: "inherit" })
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => child.kill(signal))
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 1)))
}

main().catch((e) => {
  console.error(`boot.js: ${e.message}`)
  process.exit(1)
})
