// Particles of personal names by role (media/lang/ar/name-particles.json), as folded key sets.
import { nameParticles } from '../lang/lexicon';
import { matchKey } from '../text/normalize';

export type ParticleRole = 'lengthens' | 'binds' | 'neverAlone' | 'joinsNext' | 'nasab' | 'compound';

const byRole = new Map<ParticleRole, Set<string>>();

/** The folded particles that have `role`. */
export function particles(role: ParticleRole): Set<string> {
  let set = byRole.get(role);
  if (!set) byRole.set(role, (set = new Set(nameParticles().entries.filter(e => e.indexOf(role, 1) > 0).map(e => matchKey(e[0])))));
  return set;
}
