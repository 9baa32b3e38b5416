// The one folding of text that Parcours compares: search, the order of names, the duplicate check.
#pragma once

#include <string>
#include <string_view>

namespace parcours {

// "Éloïse N’Diaye-Œuvray" → "eloise n'diaye-oeuvray", so that « eloise » finds « Éloïse », « Émilie »
// sorts among the e's and « ELOISE » is a probable duplicate of « Éloïse ». Latin letters lose case
// and accents (Latin-1, Latin Extended-A and -B and Latin Extended Additional: French, Portuguese,
// Polish, Romanian, Turkish, Vietnamese…); ligatures are spelled out (œ → oe, æ → ae, ß → ss,
// ĳ → ij); the combining accents of decomposed text are dropped; Greek and Cyrillic capitals are
// lowered; typographic apostrophes become ' and no-break spaces, spaces. Everything else is kept
// as it is, bytes that are not UTF-8 included. Spaces are neither trimmed nor merged.
std::string foldText(std::string_view utf8);

} // namespace parcours
