/** Test support: the @cypher statements of schema/*.graphql (used by the snapshot and EXPLAIN tests). */
import { Kind, parse, type StringValueNode } from 'graphql';
import { typeDefs } from '../../src/api/schema';

/** Every @cypher statement of the SDL as executed, by Type.field. */
export function cypherFields(): [string, string][] {
  const out: [string, string][] = [];
  for (const def of parse(typeDefs()).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'cypher');
      const statement = directive?.arguments?.find((a) => a.name.value === 'statement')?.value as
        StringValueNode | undefined;
      if (statement) out.push([`${def.name.value}.${field.name.value}`, statement.value.trim()]);
    }
  }
  return out;
}
