import Fastify from 'fastify'

// The ceiling: what Fastify itself serves on this machine, one JSON object per request.
const app = Fastify({ logger: false })
app.get('/', async () => ({ hello: 'world' }))
await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' })
