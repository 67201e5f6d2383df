-- A migration numbered below V6 that arrives after an archive was migrated to V6 (as V5 will, from a parallel branch).
CREATE TABLE out_of_order_probe (id INT PRIMARY KEY);
