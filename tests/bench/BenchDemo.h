// The 5,000-participant demo PLIE every benchmark of a run shares, made as
// `parcours-cli demo --participants 5000` makes it.
#pragma once

#include "domain/Clock.h"
#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace parcours::bench {

inline constexpr int kParticipants = 5000;

struct DemoPlie {
    DemoPlie();

    QTemporaryDir folder;
    QString path;
    FixedClock clock;
    std::unique_ptr<Database> db;
};

// Made on first use, once per run.
DemoPlie& demo();

} // namespace parcours::bench
