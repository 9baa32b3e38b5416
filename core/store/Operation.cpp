// The codes of the kinds of operation.
#include "store/Operation.h"

namespace parcours {

std::string_view toCode(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Put: return "put";
    case OperationKind::Patch: return "patch";
    case OperationKind::Delete: return "delete";
    }
    return "put";
}

std::optional<OperationKind> operationKindFromCode(std::string_view code)
{
    if (code == "put")
        return OperationKind::Put;
    if (code == "patch")
        return OperationKind::Patch;
    if (code == "delete")
        return OperationKind::Delete;
    return std::nullopt;
}

} // namespace parcours
