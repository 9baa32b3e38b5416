// One linear programme over the hidden counts, built once per audit: a row per relation or bound
// that holds a hidden count, the shown counts moved to its right-hand side; then, for each
// hidden count, its minimum and its maximum by the simplex, each starting from the last basis.
#include "consolidation/PublicAudit.h"

#include "consolidation/PublicRelations.h"

#include <glpk.h>

#include <limits>
#include <map>
#include <memory>
#include <stdexcept>

namespace parcours {

namespace {

struct ProblemDeleter {
    void operator()(glp_prob* problem) const { glp_delete_prob(problem); }
};
using Problem = std::unique_ptr<glp_prob, ProblemDeleter>;

// The rows of the programme, as GLPK loads them: one-based triplets (row, column, coefficient).
class ProgrammeBuilder {
public:
    ProgrammeBuilder(const IndicatorTable& counts, const std::set<CountKey>& hidden, glp_prob* problem)
        : m_counts(counts), m_problem(problem)
    {
        int column = 0;
        for (const CountKey key : hidden)
            m_columns.emplace(key, ++column);
        glp_add_cols(m_problem, column);
        for (int j = 1; j <= column; ++j)
            glp_set_col_bnds(m_problem, j, GLP_LO, 0.0, 0.0); // every count is at least 0
    }

    // Σ coefficient × count, with the shown counts moved to the right: = 0 (equal) or ≤ 0.
    void addRow(const std::vector<std::pair<CountKey, int>>& terms, bool equal)
    {
        double shown = 0;
        std::vector<std::pair<int, double>> hiddenTerms;
        for (const auto& [key, coefficient] : terms) {
            const auto column = m_columns.find(key);
            if (column == m_columns.end())
                shown += coefficient * static_cast<double>(m_counts.count(key));
            else
                hiddenTerms.emplace_back(column->second, coefficient);
        }
        if (hiddenTerms.empty())
            return; // between shown counts only: true, and nothing to learn
        const int row = glp_add_rows(m_problem, 1);
        if (equal)
            glp_set_row_bnds(m_problem, row, GLP_FX, -shown, -shown);
        else
            glp_set_row_bnds(m_problem, row, GLP_UP, 0.0, -shown);
        for (const auto& [column, coefficient] : hiddenTerms) {
            m_rows.push_back(row);
            m_cols.push_back(column);
            m_values.push_back(coefficient);
        }
    }

    void load()
    {
        // GLPK's arrays start at index 1.
        m_rows.insert(m_rows.begin(), 0);
        m_cols.insert(m_cols.begin(), 0);
        m_values.insert(m_values.begin(), 0.0);
        glp_load_matrix(m_problem, static_cast<int>(m_rows.size()) - 1, m_rows.data(), m_cols.data(), m_values.data());
    }

    const std::map<CountKey, int>& columns() const { return m_columns; }

private:
    const IndicatorTable& m_counts;
    glp_prob* m_problem;
    std::map<CountKey, int> m_columns;
    std::vector<int> m_rows;
    std::vector<int> m_cols;
    std::vector<double> m_values;
};

// The optimum of column `column` in direction `direction`; infinity when unbounded.
double optimum(glp_prob* problem, int column, int direction)
{
    const int columns = glp_get_num_cols(problem);
    for (int j = 1; j <= columns; ++j)
        glp_set_obj_coef(problem, j, j == column ? 1.0 : 0.0);
    glp_set_obj_dir(problem, direction);
    glp_smcp parameters;
    glp_init_smcp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    if (glp_simplex(problem, &parameters) != 0) {
        // A failed start (a singular basis left by the previous solve): once more from scratch.
        glp_adv_basis(problem, 0);
        if (glp_simplex(problem, &parameters) != 0)
            throw std::runtime_error("L'audit du profil public n'a pas pu être calculé (GLPK).");
    }
    const int status = glp_get_status(problem);
    if (status == GLP_UNBND)
        return direction == GLP_MAX ? std::numeric_limits<double>::infinity()
                                    : -std::numeric_limits<double>::infinity();
    if (status != GLP_OPT)
        throw std::runtime_error("L'audit du profil public n'a pas trouvé de solution (GLPK, état "
                                 + std::to_string(status) + ").");
    return glp_get_obj_val(problem);
}

} // namespace

std::vector<HiddenRange> auditHiddenCounts(const IndicatorTable& counts, const std::set<CountKey>& hidden)
{
    std::vector<HiddenRange> ranges;
    if (hidden.empty())
        return ranges;
    glp_term_out(GLP_OFF);
    try {
        const Problem problem(glp_create_prob());
        ProgrammeBuilder builder(counts, hidden, problem.get());
        for (const CountRelation& relation : countRelations()) {
            // whole − Σ sign × part = 0
            std::vector<std::pair<CountKey, int>> terms{{relation.members.front().key, 1}};
            for (std::size_t i = 1; i < relation.members.size(); ++i)
                terms.emplace_back(relation.members[i].key, -relation.members[i].sign);
            builder.addRow(terms, true);
        }
        for (const CountBound& bound : countBounds())
            builder.addRow({{bound.part, 1}, {bound.whole, -1}}, false); // part − whole ≤ 0
        builder.load();
        for (const auto& [key, column] : builder.columns())
            ranges.push_back({key, optimum(problem.get(), column, GLP_MIN), optimum(problem.get(), column, GLP_MAX)});
    } catch (...) {
        glp_free_env();
        throw;
    }
    // GLPK's environment of this thread, with its memory: nothing of GLPK stays between audits.
    glp_free_env();
    return ranges;
}

std::vector<CountKey> pinnedCounts(const IndicatorTable& counts, const std::set<CountKey>& hidden)
{
    std::vector<CountKey> pinned;
    for (const HiddenRange& range : auditHiddenCounts(counts, hidden)) {
        if (range.pinned())
            pinned.push_back(range.key);
    }
    return pinned;
}

} // namespace parcours
