/** Short descriptions of CardGenius's spend keys, for the release manifest. */
export const CATEGORY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  amazon_spends: 'Amazon shopping',
  flipkart_spends: 'Flipkart shopping',
  other_online_spends: 'Other online shopping (CardGenius prices Myntra and Ajio here)',
  other_offline_spends: 'Other offline (in-store) spending',
  grocery_spends_online: 'Online grocery (BigBasket, Blinkit, Zepto, ...)',
  offline_grocery: 'Grocery bought in store',
  online_food_ordering: 'Food delivery apps (Swiggy, Zomato)',
  dining_or_going_out: 'Dining out',
  fuel: 'Fuel',
  mobile_phone_bills: 'Mobile phone bills',
  electricity_bills: 'Electricity bills',
  water_bills: 'Water bills',
  ott_channels: 'OTT subscriptions',
  school_fees: 'School fees',
  rent: 'Rent',
  life_insurance: 'Life insurance premiums (CardGenius takes the yearly amount)',
  insurance_health_annual: 'Health insurance premiums (yearly amount / 12)',
  insurance_car_or_bike_annual: 'Car or bike insurance premiums (yearly amount / 12)',
  flights_annual: 'Flights (yearly amount / 12)',
  hotels_annual: 'Hotels (yearly amount / 12)',
  large_electronics_purchase_like_mobile_tv_etc: 'Large electronics purchases (mobile, TV, ...)',
  all_pharmacy: 'Pharmacy',
  domestic_lounge_usage_quarterly: 'Domestic airport lounge visits per quarter',
  international_lounge_usage_quarterly: 'International airport lounge visits per quarter',
  railway_lounge_usage_quarterly: 'Railway lounge visits per quarter',
  new_monthly_cat_1: 'CardGenius placeholder category (unused)',
  new_monthly_cat_2: 'CardGenius placeholder category (unused)',
  new_monthly_cat_3: 'CardGenius placeholder category (unused)',
  new_cat_1: 'CardGenius placeholder category (unused)',
  new_cat_2: 'CardGenius placeholder category (unused)',
  new_cat_3: 'CardGenius placeholder category (unused)',
};

export function describeCategory(key: string): string {
  return CATEGORY_DESCRIPTIONS[key] ?? `CardGenius spend key ${key}`;
}
