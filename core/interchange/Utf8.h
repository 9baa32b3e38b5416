// UTF-8 validation of imported text.
#pragma once

#include <cstddef>
#include <string_view>

namespace parcours {

// The offset of the first byte that does not start or continue a well-formed UTF-8
// sequence (overlong forms, surrogates and code points above U+10FFFF are refused),
// or text.size() when the whole text is valid.
std::size_t firstInvalidUtf8(std::string_view text);

} // namespace parcours
