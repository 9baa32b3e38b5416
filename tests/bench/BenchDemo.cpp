// The shared demo PLIE of the benchmarks, pinned to 2026-11-27 with seed 1.
#include "BenchDemo.h"

#include "transfer/DemoDatabase.h"
#include "ui/common/CoreConversions.h"

#include <QDir>

namespace parcours::bench {

DemoPlie::DemoPlie() : clock(Date(2026, 11, 27))
{
    path = QDir(folder.path()).filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.participants = kParticipants;
    options.seed = 1;
    options.today = clock.today();
    createDemoDatabase(ui::toPath(path), clock, options);
    db = std::make_unique<Database>(ui::toPath(path), OpenMode::ExistingOnly);
}

DemoPlie& demo()
{
    static DemoPlie plie;
    return plie;
}

} // namespace parcours::bench
