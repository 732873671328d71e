// Creates every topic declared in @hub/contracts (TOPIC_SPECS) that does not exist yet.
import { loadHubConfig } from '@hub/config';
import { createKafka, ensureTopics } from '@hub/messaging';

async function main(): Promise<void> {
  const config = loadHubConfig({ PERSON_HASH_KEY: 'not-used-by-this-script', ...process.env });
  const created = await ensureTopics(createKafka(config.kafka), config.kafka.topicSuffix);
  console.log(created.length ? `[topics] created: ${created.join(', ')}` : '[topics] all declared topics exist');
}

main().catch((e: unknown) => {
  console.error(`[topics] ERROR: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
