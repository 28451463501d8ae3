// Ways to start: a blank worksheet, or one of the ready-made journeys from content/journeys.
import { plural } from './labels';
import { startBlank, startFromTemplate } from './sheet-actions';
import type { TemplateOffer } from './types';
import { withBase } from '../../lib/base';

interface Props {
  templates: TemplateOffer[];
  onOpen: (id: string, focusName?: boolean) => void;
}

/** The blank button and the template cards. */
export function TemplatePicker({ templates, onOpen }: Props) {
  return (
    <section aria-labelledby="journeys-start-heading">
      <h2 id="journeys-start-heading">Start a new worksheet</h2>
      <p>
        <button
          type="button"
          onClick={() => {
            const id = startBlank();
            if (id) onOpen(id, true);
          }}
        >
          Start a blank worksheet
        </button>
      </p>
      {templates.length > 0 && (
        <>
          <h3>Or start from an example journey</h3>
          <ul class="grid template-list">
            {templates.map(({ slug, template, credits }) => {
              const moments = template.stages.reduce((sum, stage) => sum + stage.moments.length, 0);
              return (
                <li key={slug} class="card">
                  <h4>{template.name}</h4>
                  <p>{template.summary}</p>
                  <p class="muted">
                    {plural(template.stages.length, 'stage')} · {plural(moments, 'moment')}
                  </p>
                  {credits.length > 0 && (
                    <p class="muted">
                      Draws on{' '}
                      {credits.map((credit, index) => (
                        <span key={credit.id}>
                          {index > 0 ? '; ' : ''}
                          <a href={withBase(`/sources/#${credit.id}`)}>{credit.text}</a>
                        </span>
                      ))}
                      .
                    </p>
                  )}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      const id = startFromTemplate(template);
                      if (id) onOpen(id);
                    }}
                  >
                    Start from “{template.name}”
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
