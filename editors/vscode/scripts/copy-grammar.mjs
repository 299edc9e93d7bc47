// The extension ships the TextMate grammar, whose source of truth is
// grammar/cookies.tmLanguage.json (generated from the compiler's keywords):
// copy it in before compiling and packaging, so it is never edited twice.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(ext, 'syntaxes'), { recursive: true });
copyFileSync(
  join(ext, '..', '..', 'grammar', 'cookies.tmLanguage.json'),
  join(ext, 'syntaxes', 'cookies.tmLanguage.json'),
);
