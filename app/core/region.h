#pragma once

#include <QString>

// A Customer.io account's data center. Every workspace of an account lives in the account's region
// (https://docs.customer.io/accounts-and-workspaces/data-centers/).
enum class Region { Unknown, Us, Eu };

// "us", "eu" or "unknown": the codes Customer.io uses in GET /api/v1/accounts/region.
QString regionCode(Region region);
// Parses "us"/"eu" (case-insensitive); anything else is Region::Unknown.
Region regionFromCode(const QString &code);
// "United States", "European Union" or "Unknown" (translated).
QString regionDisplayName(Region region);
