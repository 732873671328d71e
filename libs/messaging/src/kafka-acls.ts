import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, type Kafka, ResourcePatternTypes } from 'kafkajs';
import { aclRules } from '@hub/contracts';

/**
 * Writes the ACLs declared in the contracts (TOPIC_ACCESS) to the broker; needs a super user's client.
 * Creating an ACL that exists is a no-op on the broker, so this runs at every start.
 */
export async function applyTopicAcls(kafka: Kafka): Promise<number> {
  const rules = aclRules();
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createAcls({
      acl: rules.map((r) => ({
        resourceType: r.resource === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
        resourceName: r.name,
        resourcePatternType: r.resource === 'topic' ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
        principal: `User:${r.principal}`,
        host: '*',
        operation: AclOperationTypes[r.operation],
        permissionType: AclPermissionTypes[r.permission],
      })),
    });
    return rules.length;
  } finally {
    await admin.disconnect();
  }
}
