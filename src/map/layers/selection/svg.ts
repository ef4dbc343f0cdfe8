/** The selected place's outline, and a chapter's highlighted places (a halo under an orange line). */
import { LINES } from '../../style.ts';
import { el, pathOf, stroke, type SvgLayer } from '../../svg/scene.ts';

export const selectionSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const highlight = scene.group('over', 'highlight');
    const selected = el('path', stroke(LINES.selected));
    scene.group('over', 'selected').append(selected);
    let selectedFor: string | null | undefined;
    let highlightFor: readonly string[] | undefined;
    return {
      sync(s) {
        if (selectedFor !== s.district) {
          selectedFor = s.district;
          const sel = s.district ? scene.atlas.shape(s.district) : undefined;
          selected.setAttribute('d', sel ? pathOf(sel.geometry, scene.origin) : '');
          selected.setAttribute('data-selected', s.district ?? '');
        }
        if (highlightFor !== s.highlight) {
          highlightFor = s.highlight;
          highlight.replaceChildren(
            ...s.highlight.flatMap((id) => {
              const shape = scene.atlas.shape(id);
              if (!shape) return [];
              const d = pathOf(shape.geometry, scene.origin);
              return [
                el('path', { d, ...stroke(LINES.highlightHalo) }),
                el('path', { d, ...stroke(LINES.highlight), 'data-highlight': id }),
              ];
            }),
          );
        }
      },
    };
  },
};
