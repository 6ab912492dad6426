/** The group whose members may open /admin (the API checks the same name). */
export const ADMIN_GROUP = 'admin';
