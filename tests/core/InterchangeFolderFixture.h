// A valid interchange folder written to a temporary directory, for tests to break one rule at a time.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace parcours::test {

class InterchangeFolderFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        std::random_device seed;
        folder = std::filesystem::temp_directory_path() / ("parcours-folder-" + std::to_string(seed()));
        std::filesystem::create_directories(folder);
        files = validFiles();
        writeAll();
    }
    void TearDown() override { std::filesystem::remove_all(folder); }

    static std::map<std::string, std::string> validFiles()
    {
        return {
            {"plie.csv", "name,code\nPLIE de Rennes Métropole,PLIE-035\n"},
            {"participants.csv",
             "participant_id,last_name,first_name,birth_date,sex,postcode,city,qpv,phone,email,france_travail_id\n"
             "P1,N'Diaye,Anaïs,1985-05-10,F,35000,Rennes,1,0601020304,anais@example.fr,FT123\n"
             "P2,\"Le Gall, dit \"\"Yann\"\"\",Yann,1970-02-28,M,2A004,Ajaccio,0,,,\n"
             "P3,Martin,Camille,2004-02-29,X,,,,,,\n"},
            {"parcours.csv",
             "parcours_id,participant_id,referent,entry_date,education_level,rsa,deld,rqth,other_difficulty,"
             "hire_date,contract_type,employer_category,naf_section,exit_date,exit_reason\n"
             "C1,P1,Claire Dubois,2019-03-01,3,1,0,0,0,2020-01-15,cdi,entreprise,G,2020-07-15,emploi_durable\n"
             "C2,P1,Claire Dubois,2020-09-01,V,1,1,0,0,,,,,,\n"
             "C3,P2,Marc Petit,2020-01-02,,0,1,1,0,2020-06-01,cdd_6m_plus,association,Q,,\n"
             "C4,P3,Marc Petit,2020-03-01,9,,,,,,,,,2020-12-31,abandon\n"},
            {"steps.csv",
             "step_id,parcours_id,type,subtype,start_date,end_date,operator,label\n"
             "S1,C1,iae,aci,2019-04-01,2019-12-31,Jardins de Cocagne,Maraîchage\n"
             "S2,C2,formation,,2020-10-01,,AFPA,\"Remise à niveau, maths\"\n"
             "S3,C3,mobilisation,,2020-01-10,2020-01-10,,\n"},
            {"freins.csv",
             "parcours_id,category,identified_date,status,lifted_date\n"
             "C1,mobilite,2019-03-01,leve,2019-10-01\n"
             "C2,sante,2020-09-01,en_cours,\n"},
            {"contacts.csv",
             "parcours_id,date,mode,note\n"
             "C1,2019-03-01,presentiel,\"Premier entretien\nsur deux lignes\"\n"
             "C3,2020-02-01,telephone,\n"},
            {"holds.csv",
             "parcours_id,start_date,end_date,reason\n"
             "C2,2021-01-10,2021-02-10,maladie\n"
             "C2,2021-03-01,,maternité\n"},
            {"hires.csv",
             "parcours_id,hire_date,contract_type,employer_category,naf_section,end_date,end_reason\n"
             "C3,2020-03-01,interim_6m_plus,entreprise,N,2020-04-15,fin de mission anticipée\n"},
            {"actions.csv",
             "parcours_id,date,kind,note,done\n"
             "C2,2020-10-15,rendez_vous,\"Point formation\nà mi-parcours\",1\n"
             "C2,2027-01-05,appel,,\n"
             "C3,2020-06-15,demarche,\"Envoyer le CV, relancer\",0\n"},
        };
    }

    void writeAll()
    {
        for (const auto& [name, content] : files)
            write(name, content);
    }

    void write(const std::string& name, const std::string& content)
    {
        files[name] = content;
        std::ofstream out(folder / name, std::ios::binary | std::ios::trunc);
        out << content;
    }

    void remove(const std::string& name)
    {
        files.erase(name);
        std::filesystem::remove(folder / name);
    }

    // Replaces physical line `number` (1 = header) of a file.
    void replaceLine(const std::string& name, int number, const std::string& line)
    {
        std::vector<std::string> lines = splitLines(files[name]);
        lines.at(static_cast<std::size_t>(number - 1)) = line;
        write(name, joinLines(lines));
    }

    void appendLine(const std::string& name, const std::string& line) { write(name, files[name] + line + "\n"); }

    static std::vector<std::string> splitLines(const std::string& text)
    {
        std::vector<std::string> lines;
        std::istringstream stream(text);
        for (std::string line; std::getline(stream, line);)
            lines.push_back(line);
        return lines;
    }

    static std::string joinLines(const std::vector<std::string>& lines)
    {
        std::string text;
        for (const std::string& line : lines)
            text += line + "\n";
        return text;
    }

    std::filesystem::path folder;
    std::map<std::string, std::string> files;
};

} // namespace parcours::test
