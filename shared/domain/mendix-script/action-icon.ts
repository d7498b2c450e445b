/**
 * The toolbox icon of every generated connector action (the plan's "AWS" icon): a 16×16 PNG,
 * base64, as the Model SDK's `MicroflowActionInfo.iconData` holds it. Drawn for Connector Studio
 * (a cloud on the AWS console's navy; not AWS's logo): build/assets/mendix-action-icon.svg, rendered
 * to build/assets/mendix-action-icon.png. A test keeps this text equal to that file.
 */
export const actionIconPng =
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAABRUlEQVR4nJyTPUvDUBSG3/uhbSEktQXbQbS0DhqoTo5KJ8HFya+lg7O4ibujLv4AR3+AborgKE5S6OLgUhHbKiJqwaLe2+uNAUtoEkKeLZfznPPeXA4v2JU84/JAgSwSghwioBSeCNSFFGyXUy4PQcgGQXTcQaSq3SGuv5YQF+1yPdlCTByXhxVkkt+oTLzCSgrctEzUn82BmsAG5dEOjpfrMIbl/9lRbQz710VPHfWbujbdwt78nUd22Jx5RIrL4ATjZhenqzWYCaHfCoNxmUIh3cXti+HfYN1uu7KDz7sKSdB4SyHwCqX0J8IgRKFabgY3GEn9hDZgunplqu0581xh69zG9tw9JjNukmYngYePfuQvQXDZyHpTlWYXfH5XdKi23xETx6V6tc4QF+0yK1u8orSX0+uc11tmRPP+1vmkJ9jOLwAAAP//J8xKSwAAAAZJREFUAwDtb1qIcsvAWgAAAABJRU5ErkJggg==';
