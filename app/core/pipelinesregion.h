#pragma once

#include "region.h"
#include "workspace.h"

#include <QList>
#include <QMetaType>
#include <QString>

// Where a workspace's Pipelines source sends, and on what evidence. One Customer.io account lives in one
// region, and its Track, App and Pipelines APIs all serve that region's data
// (https://docs.customer.io/accounts-and-workspaces/data-centers/; docs/customerio-api.md, Hosts per
// region, and Pipelines API, Sources and regions): a
// source inherits the region detected with any Track credentials of its account. Without a detection the
// admin's choice is used, and said to be unverified; without either nothing is guessed.
struct PipelinesRegion
{
    enum class Basis {
        Detected, // detected with this workspace's own Track credentials
        Account, // detected for another workspace of the same account (fromWorkspace)
        Chosen, // the source's chosenRegion: chosen, not verified
        None, // no detection and no choice: nothing may be sent
    };
    Region region = Region::Unknown; // Unknown exactly when basis is None
    Basis basis = Basis::None;
    QString fromWorkspace; // Account: the workspace whose detection it is
    QString account; // Account: the account's name
    // A detection (Detected or Account) that differs from the source's chosen region, which is then not
    // used (diagnosis "pipelines_source_region_disagreement").
    std::optional<Region> overriddenChoice;

    bool known() const { return basis != Basis::None; }
    // "detected", "account", "chosen" or "none" (the command line's JSON).
    static QString basisCode(Basis basis);
    // People's words: "detected", "from account Acme (workspace \"Web\")", "chosen, not verified", "not
    // known: choose US or EU".
    QString basisText() const;
};

Q_DECLARE_METATYPE(PipelinesRegion)

// The region of `source` of `workspace`. workspace.region and every other workspace's region are what
// the console believes now (a region whose last check failed must be passed as Unknown: see
// ConsoleSession::believedRegion()). others: the listed workspaces; `workspace` itself among them is
// ignored. Workspaces of the account that disagree about its region give no account basis.
PipelinesRegion pipelinesRegion(const Workspace &workspace, const PipelinesSource &source,
                                const QList<Workspace> &others);
