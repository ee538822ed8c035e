// How a French sentence opens on a place of its own, set apart by a comma: "À Lanvaux, …", "Dans la
// commune de Kéops, …", "Dans l'Aube, …", "En Bretagne, …", "Du côté du Tarn, …". A page that goes
// through places this way gives each sentence its own place, and its figures are that place's.

const PLACE_OPENING =
  /^\W*(?:(?:[Dd]ans|[Ss]ur) (?:la|le) (?:commune|ville|village|bourg) (?:de |d['’]\s*)|(?:à|À|A) |(?:Dans|En|Pour|Du côté) (?:(?:de )?(?:la |le |les |l['’]\s*)|du |des |d['’]\s*)?)(\p{Lu}[^,.;:]{0,40}),/u;

/** The place a sentence opens on ("Dans l'Aube, 40 communes…" → "Aube"), or undefined. */
export function openingPlace(text: string): string | undefined {
  return PLACE_OPENING.exec(text)?.[1];
}
