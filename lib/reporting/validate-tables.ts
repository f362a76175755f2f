import { reportCategorySchema, type ReportCategory } from './category-schema';
import { officialChannelSchema, type OfficialChannel } from './channel-schema';
import { OFFICIAL_CHANNELS } from './official-channels';
import { REPORT_CATEGORIES } from './report-categories';

/**
 * Checks the two tables against their schemas. Kept apart from the tables, so pages that only
 * read a label do not load the schema library.
 */
export function validateCategories(categories: readonly ReportCategory[] = REPORT_CATEGORIES) {
  return categories.map((category) => reportCategorySchema.parse(category));
}

export function validateChannels(channels: readonly OfficialChannel[] = OFFICIAL_CHANNELS) {
  return channels.map((channel) => officialChannelSchema.parse(channel));
}
