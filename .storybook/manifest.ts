/**
 * Storybook's controls and API tables come from `custom-elements.json` (written by `npm run analyze`).
 * Two adjustments, both only for Storybook:
 * - Our elements register through `defineElement(tag, Class)`, which the analyzer cannot follow, so a
 *   declaration may lack its `tagName`. Every class is `CivicXxx` for `<civic-xxx>`, so the tag follows from
 *   the name (an explicit `@tag` in the class JSDoc wins).
 * - Private and protected members, and statics, are implementation: they must not become controls.
 */
interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  [key: string]: unknown;
}
interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** `CivicSlotPicker` -> `civic-slot-picker`. */
export function tagNameOf(className: string): string {
  return className.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

export function prepareManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((declaration) =>
        declaration.customElement
          ? {
              ...declaration,
              tagName: declaration.tagName ?? tagNameOf(declaration.name ?? ''),
              members: (declaration.members ?? []).filter(
                (member) =>
                  !member.static &&
                  member.privacy !== 'private' &&
                  member.privacy !== 'protected' &&
                  !member.name?.startsWith('#'),
              ),
            }
          : declaration,
      ),
    })),
  };
}
