-- CardGenius recommendation engine: generated — do not edit (regenerate with the compiler).
-- file: uninstall.sql
-- release: 2026-04
-- catalog content hash: 636f403328f2076bbbddcd77cb00123a62beb83240f5f1325d98868898bf29f4
-- generator version: cardgenius-compiler 1.0.0
-- dialect: mysql
--
-- Removes the procedure and its cg_release record (the runner then refuses the release).
DROP PROCEDURE IF EXISTS `cg_process_chunk_2026_04`;

DELETE FROM `cg_release` WHERE `release_id` = _utf8mb4'2026-04';
