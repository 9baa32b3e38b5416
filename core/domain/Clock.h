// "Today" and "now", injected so that ages, statuses and alerts can be pinned in tests.
#pragma once

#include "domain/Date.h"

#include <string>

namespace parcours {

class Clock {
public:
    virtual ~Clock() = default;
    virtual Date today() const = 0;
    // The current instant in UTC, ISO 8601 with milliseconds: 2026-12-01T09:14:03.512Z
    // (the instants of the store and of its operations, changes.md).
    virtual std::string nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    Date today() const override;
    std::string nowUtc() const override;
};

// "Now" is nine o'clock UTC on its day: 2026-11-27T09:00:00.000Z.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Date today) : m_today(today) {}
    Date today() const override { return m_today; }
    std::string nowUtc() const override;
    void setToday(Date today) { m_today = today; }

private:
    Date m_today;
};

} // namespace parcours
