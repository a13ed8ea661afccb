import type { KnowledgeBase } from './knowledgeBase.ts';
import type { Certification } from './schemas.ts';

/** Sources by id as guides and hubs cite them, skipping unknown ids. */
export function sourceRefs(kb: KnowledgeBase, ids: readonly string[]) {
  return ids.flatMap((id) => {
    const source = kb.source.get(id);
    return source
      ? [{ id, publisher: source.publisher, title: source.title, year: source.year, url: source.url }]
      : [];
  });
}

/** A certification as guides and hubs list it. */
export function certificationRef(cert: Certification) {
  return {
    id: cert.id,
    name: cert.name,
    issuer: cert.issuer,
    costUsd: cert.costUsd,
    url: cert.url,
    status: cert.status,
    asOf: cert.asOf,
    priceEstimate: cert.priceEstimate,
    ...(cert.experienceYears ? { experienceYears: cert.experienceYears } : {}),
  };
}
