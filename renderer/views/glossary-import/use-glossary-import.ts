import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Output } from '../../../shared/contract';
import { useApi } from '../../state/api-context';
import { asApiError } from '../../state/errors';
import type { ConflictChoice } from './ConflictCard';
import type { ImportPreview } from './field-text';

export interface PickedFile {
  fileName: string;
  content: string;
}

export type ImportResult = Output<'glossaries.importApply'>;

type Stage =
  | { stage: 'reading' }
  | { stage: 'unreadable'; error: ApiError }
  | { stage: 'preview'; preview: ImportPreview; applying: boolean; error: ApiError | null }
  | { stage: 'done'; result: ImportResult };

export interface ApplyChoices {
  /** The name of the glossary to create; ignored when importing into an existing one. */
  name?: string;
  acceptRefused: boolean;
  resolutions: Record<string, ConflictChoice>;
}

/**
 * A glossary file's way in: the preview is asked for at once (it changes nothing), then the
 * merge is applied with the editor's choices. A file that cannot be read ends here, with the reason.
 */
export function useGlossaryImport(file: PickedFile, glossaryId: number | null) {
  const api = useApi();
  const [state, setState] = useState<Stage>({ stage: 'reading' });

  useEffect(() => {
    let live = true;
    setState({ stage: 'reading' });
    api
      .call('glossaries.importPreview', { fileName: file.fileName, content: file.content, ...(glossaryId === null ? {} : { glossaryId }) })
      .then((preview) => live && setState({ stage: 'preview', preview, applying: false, error: null }))
      .catch((error) => live && setState({ stage: 'unreadable', error: asApiError(error) }));
    return () => {
      live = false;
    };
  }, [api, file, glossaryId]);

  const apply = useCallback(
    async (choices: ApplyChoices) => {
      if (state.stage !== 'preview') return;
      const { preview } = state;
      setState({ stage: 'preview', preview, applying: true, error: null });
      try {
        const result = await api.call('glossaries.importApply', {
          fileName: file.fileName,
          content: file.content,
          format: preview.format,
          ...(glossaryId === null ? (choices.name ? { name: choices.name } : {}) : { glossaryId }),
          acceptRefused: choices.acceptRefused,
          resolutions: choices.resolutions,
          // A conflict that appeared after the preview (the glossary changed meanwhile) changes nothing.
          onConflict: 'keep',
        });
        setState({ stage: 'done', result });
        return result;
      } catch (error) {
        setState({ stage: 'preview', preview, applying: false, error: asApiError(error) });
      }
    },
    [api, file, glossaryId, state],
  );

  return { state, apply };
}
