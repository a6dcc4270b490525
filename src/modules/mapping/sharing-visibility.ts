import type { MappingSide, Population, SharingLevel, SharingSettings } from './mapping.schemas.js';
import { atLeast } from './mapping-side.js';
import type { PopulationDefinition } from './population-definitions.js';

function visibleAt(
  viewer: MappingSide,
  population: Pick<PopulationDefinition, 'side' | 'key'>,
  sharing: SharingSettings,
  level: SharingLevel,
): boolean {
  return population.side === viewer || atLeast(sharing[population.side][population.key] ?? 'hidden', level);
}

/** Whether the viewer may see numbers about a population: its own always, the other side's when shared. */
export function countsVisible(
  viewer: MappingSide,
  population: Pick<PopulationDefinition, 'side' | 'key'>,
  sharing: SharingSettings,
): boolean {
  return visibleAt(viewer, population, sharing, 'counts');
}

/** Whether the viewer may see which records overlap a population: its own always, the other side's when shared as records. */
export function matchesVisible(
  viewer: MappingSide,
  population: Pick<PopulationDefinition, 'side' | 'key'>,
  sharing: SharingSettings,
): boolean {
  return visibleAt(viewer, population, sharing, 'matched');
}

/** A population as the viewer may see it: its size only where counts are visible, and its side's level. */
export function populationView(
  viewer: MappingSide,
  definition: PopulationDefinition,
  size: number,
  sharing: SharingSettings,
): Population {
  return {
    ...definition,
    size: countsVisible(viewer, definition, sharing) ? size : null,
    sharing: sharing[definition.side][definition.key] ?? 'hidden',
  };
}
